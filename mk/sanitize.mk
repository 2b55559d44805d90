# The regression suite under AddressSanitizer (+ UndefinedBehaviorSanitizer)
# and, by hand, under valgrind.  Both install a special build into the shared
# PostgreSQL directory and put the normal build back when done, so run them
# under the install lock:
#
#   flock -o /tmp/seizure-install.lock make asan-check       (also run by make test)
#   flock -o /tmp/seizure-install.lock make valgrind-check   (slow: by hand)
#
# The stock server is not rebuilt: the extension is compiled with
# -fsanitize=address,undefined and the sanitizer runtimes are preloaded into
# the postmaster (LD_PRELOAD, set only for the server's environment).
# The scripts are mk/sanitize/*.sh.

.PHONY: asan-check valgrind-check
asan-check:
	bash mk/sanitize/asan.sh

valgrind-check:
	bash mk/sanitize/valgrind.sh
