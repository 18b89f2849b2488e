import { Route, Routes } from "react-router";
import { BreakGlassReviewPage } from "./break-glass-review-page.tsx";
import { CaseListPage } from "./case-list-page.tsx";
import { CaseRoute } from "./case-page.tsx";
import "./cases.css";

/** Entry page of the cases module (lazy-loaded chunk): the list, the review of emergency accesses, one case. */
export default function CasesPage() {
  return (
    <Routes>
      <Route index element={<CaseListPage />} />
      <Route path="break-glass-reviews" element={<BreakGlassReviewPage />} />
      <Route path=":id" element={<CaseRoute />} />
    </Routes>
  );
}
