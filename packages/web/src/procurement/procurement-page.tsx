import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import NotFoundPage from "../shell/not-found-page.tsx";
import { Loading } from "../ui/index.ts";
import ContractsPage from "./contracts-page.tsx";

const ContractPage = lazy(() => import("./contract-page.tsx"));
const RulesPage = lazy(() => import("./rules-page.tsx"));

/** The procurement module (lazy-loaded chunk): the contracts register, each contract's page and the risk rules. */
export default function ProcurementPage() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route index element={<ContractsPage />} />
        <Route path="rules" element={<RulesPage />} />
        <Route path=":id" element={<ContractPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
