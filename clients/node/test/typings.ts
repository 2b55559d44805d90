// Compiled with tsc --noEmit --strict by test/extra/clients_node.sh: the typings
// describe what a consumer of the module writes.
import { register, Quantity, QuantityTally, Route, ROUTES, SeizureClientError, KINDS, KINDS_IN_ORDER } from '..';

interface FakeClient {
  query(text: string, values?: any[]): Promise<{ rows: any[] }>;
  setTypeParser(oid: number, format: 'text', parse: (value: string) => any): void;
}

async function use(client: FakeClient): Promise<string> {
  const oids = await register(client);
  const n: number = oids.quantity.oid + oids.route.arrayOid;
  const q = new Quantity('~7.2 kg gross');
  const amount: string = q.amount;
  const estimate: boolean = q.estimate;
  const basis: 'net' | 'bulk' | 'gross' | null = q.basis;
  const t = new QuantityTally('24.2 kg + 2782 tablets');
  const parts: readonly Quantity[] = t.parts;
  const r: Route = ROUTES[0];
  const e: Error = new SeizureClientError('x');
  const kinds: readonly string[] = KINDS_IN_ORDER.filter((k) => KINDS.includes(k));
  return `${n} ${amount} ${estimate} ${basis} ${parts.length} ${r} ${e.message} ${t.partsOf('mass')[0].unit} ${kinds[0]}`;
}

export { use };
