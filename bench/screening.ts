import { pathToFileURL } from "node:url";
import { screening } from "@ariadne/domain";
import { measure } from "./measure.ts";

type Observation = screening.ScreeningInputData["observations"][number];

/**
 * Issue 3's figures: the engine evaluates a full screening (every ILO indicator of two adult
 * profiles observed) in < 50 µs median, and a 100-observation timeline over 12 dates in < 2 ms.
 * Issue 12's: the same evaluation with the assistance signal (catalogue-v2) < 50 µs median, and
 * ranking next questions over the full catalogue < 1 ms.
 * The full screening is timed in batches of 100, as one run is near the clock's resolution.
 */
export async function benchScreening(): Promise<{ name: string; value: number; unit: string }[]> {
  const statuses = ["present", "absent", "unknown"] as const;
  const adult = screening.catalogueV1.indicators.filter(
    (i) => i.kind === "ilo" && (i.profile === "adult_labour" || i.profile === "adult_sexual"),
  );
  const full: screening.ScreeningInputData = {
    profiles: ["adult_labour", "adult_sexual"],
    // A deterministic mix: every third present, so some dimensions turn positive and some stay open.
    observations: adult.map((i, k) => ({
      indicator: i.id,
      status: statuses[k % 3]!,
      observedAt: "2026-11-01",
    })),
  };
  const batch = 100;
  const one = await measure(2000, () => {
    for (let i = 0; i < batch; i++) screening.evaluateScreening(full);
  });

  // Issue 12: the same screening under catalogue-v2 (the assistance signal and its next questions
  // over the full catalogue included), and the ranking of next questions on its own scale: all
  // four profiles, nothing asked yet, full mode, so every question of the catalogue is a candidate.
  const fullV2: screening.ScreeningInputData = { ...full, catalogueVersion: "catalogue-v2", mode: "full" };
  const v2 = await measure(2000, () => {
    for (let i = 0; i < batch; i++) screening.evaluateScreening(fullV2);
  });
  const open: screening.ScreeningInputData = {
    catalogueVersion: "catalogue-v2",
    mode: "full",
    profiles: ["adult_labour", "adult_sexual", "child_labour", "child_sexual"],
    observations: [],
  };
  const questions = screening.evaluateScreening(open).assistance.nextQuestions.length;
  const rank = await measure(500, () => {
    screening.evaluateScreening(open);
  });

  const labour = adult.filter((i) => i.kind === "ilo" && i.profile === "adult_labour");
  const dates = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, "0")}-15`);
  // 100 observations over 12 dates: indicators seen again later, some turning from unknown to present.
  const observations: Observation[] = Array.from({ length: 100 }, (_, k) => ({
    indicator: labour[(k * 7) % labour.length]!.id,
    status: statuses[(k * 5) % 3]!,
    observedAt: dates[k % 12]!,
  }));
  const seen = new Set<string>();
  const unique = observations.filter((o) => {
    const key = `${o.indicator}@${o.observedAt}`;
    if (seen.has(key)) return false; // one observation per indicator and date, as the API demands
    seen.add(key);
    return true;
  });
  const timelineInput: screening.ScreeningInputData = { profiles: ["adult_labour"], observations: unique };
  const timeline = await measure(500, () => {
    screening.screeningTimeline(timelineInput);
  });
  return [
    { name: "screening.evaluate_full.p50", value: (one.p50 / batch) * 1000, unit: "µs" },
    { name: "screening.evaluate_full.p95", value: (one.p95 / batch) * 1000, unit: "µs" },
    { name: "screening.evaluate_full_with_signal_v2.p50", value: (v2.p50 / batch) * 1000, unit: "µs" },
    { name: "screening.evaluate_full_with_signal_v2.p95", value: (v2.p95 / batch) * 1000, unit: "µs" },
    { name: "screening.rank_full_catalogue.p50", value: rank.p50, unit: "ms" },
    { name: "screening.rank_full_catalogue.p95", value: rank.p95, unit: "ms" },
    { name: "screening.rank_full_catalogue_shown", value: questions, unit: "count" },
    { name: "screening.timeline_observations", value: unique.length, unit: "count" },
    { name: "screening.timeline_12_dates.p50", value: timeline.p50, unit: "ms" },
    { name: "screening.timeline_12_dates.p95", value: timeline.p95, unit: "ms" },
  ];
}

// `npx tsx bench/screening.ts` prints the figures alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const f of await benchScreening()) console.log(`${f.name.padEnd(40)} ${f.value.toFixed(2)} ${f.unit}`);
}
