import type { CaseDetail, CaseDirectory } from "@ariadne/domain/cases/index.ts";

/** What every panel of a case page gets: the case as loaded, and how to report a write's outcome. */
export interface BodyProps {
  detail: CaseDetail;
  onDone(text: string): Promise<void>;
  onFailed(error: unknown): Promise<void>;
}

/** A panel that names organisations or colleagues also gets the team's directory (null until loaded). */
export interface DirectoryProps extends BodyProps {
  directory: CaseDirectory | null;
}

export type Duplicate = {
  caseId: string;
  caseCode: string;
  matched: string[];
  strength: "strong" | "possible";
};
