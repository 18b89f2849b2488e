import { useMe } from "../auth/index.ts";
import RegionalStatsPage from "./regional-stats-page.tsx";
import StatsPage from "./stats-page.tsx";

/** /statistics: a municipality's dashboards, or for a regional analyst the region's roll-up. */
export default function StatisticsRoute() {
  const me = useMe();
  return me.permissions.includes("stats:read") ? <StatsPage /> : <RegionalStatsPage />;
}
