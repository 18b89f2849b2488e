import type { ContractFacts, Supplier } from "./contract.ts";

let n = 0;
/** A supplier at `tier` with a fresh id. */
export function aSupplier(overrides: Partial<Supplier> = {}): Supplier {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    name: `Supplier ${n}`,
    tier: 0,
    ...overrides,
  };
}

/** A valid contract's facts: office software bought in Finland, no factors, unless overridden. */
export function aContract(overrides: Partial<ContractFacts> = {}): ContractFacts {
  return {
    title: "Office software licences",
    stage: "planned",
    cpvCode: "48300000",
    countries: ["FI"],
    labourProfile: [],
    suppliers: [aSupplier()],
    ...overrides,
  };
}
