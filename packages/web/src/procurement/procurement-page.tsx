import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import NotFoundPage from "../shell/not-found-page.tsx";
import { Loading } from "../ui/index.ts";
import ContractsPage from "./contracts-page.tsx";

const ContractPage = lazy(() => import("./contract-page.tsx"));

/** The procurement module (lazy-loaded chunk): the contracts register and each contract's page. */
export default function ProcurementPage() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route index element={<ContractsPage />} />
        <Route path=":id" element={<ContractPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
