/*
 * asan_init_shim.c: preloaded before the AddressSanitizer runtime into the
 * stock postgres binary (make asan-check).
 *
 * The ASan runtime initialises itself on the first malloc.  In postgres that
 * malloc comes from libgpg-error's constructor, inside bindtextdomain(),
 * while glibc holds its gettext lock; the runtime's initialisation calls
 * dlerror(), which takes the same lock: the lock is corrupted and the
 * process hangs.  This wrapper makes the first malloc happen before
 * bindtextdomain takes the lock, then calls the real one.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>

char	   *bindtextdomain(const char *domainname, const char *dirname);

char *
bindtextdomain(const char *domainname, const char *dirname)
{
	static char *(*real) (const char *, const char *);

	if (real == NULL)
	{
		/* initialises the sanitizer, lock not held (volatile: not optimised away) */
		void	   *volatile p = malloc(1);

		free(p);
		real = (char *(*) (const char *, const char *)) dlsym(RTLD_NEXT, "bindtextdomain");
	}
	return real(domainname, dirname);
}
