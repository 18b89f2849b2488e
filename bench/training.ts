import { pathToFileURL } from "node:url";
import { training } from "@ariadne/domain";
import { measure } from "./measure.ts";

/**
 * Issue 14's figure: coverage for 300 identifying actors × 20 courses × 5,000 attendances, p95 <
 * 50 ms — the pure `computeCoverage` the coverage route runs once its rows are read.
 */
export async function benchTraining(): Promise<{ name: string; value: number; unit: string }[]> {
  const organisations = Array.from(
    { length: 120 },
    (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  );
  const actors = Array.from({ length: 300 }, (_, i) => ({
    id: `actor-${i}`,
    title: `Actor ${i}`,
    // Some actors share an organisation, some have none: as on a real map.
    organisationId: i % 10 === 9 ? null : organisations[i % organisations.length]!,
  }));
  const courses = Array.from({ length: 20 }, (_, i) => ({
    id: `course-${i}`,
    groups: [training.professionalGroups[i % training.professionalGroups.length]!],
    refresherMonths: 12 + (i % 4) * 6,
  }));
  const completions = Array.from(
    { length: 5000 },
    (_, i): training.CoverageCompletion => ({
      courseId: `course-${i % 20}`,
      personKey: `person-${i % 3200}`,
      organisationId: i % 7 === 0 ? null : organisations[i % organisations.length]!,
      // A third recorded as an actor of the map: those actors merge two tallies, the slow path.
      actorId: i % 3 === 0 ? `actor-${i % 300}` : null,
      group: training.professionalGroups[i % training.professionalGroups.length]!,
      completedOn: `20${22 + (i % 5)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    }),
  );
  const r = await measure(300, () => {
    training.computeCoverage({ actors, courses, completions, asOf: "2026-12-01" });
  });
  return [
    { name: "training.coverage_300x20x5000_p50", value: r.p50, unit: "ms" },
    { name: "training.coverage_300x20x5000_p95", value: r.p95, unit: "ms" },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const f of await benchTraining())
    console.log(`${f.name.padEnd(44)} ${f.value.toFixed(2).padStart(10)} ${f.unit}`);
}
