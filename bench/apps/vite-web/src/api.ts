import { useQuery } from "@tanstack/react-query";
import { addDays, format, startOfDay } from "date-fns";
import { groupBy, sumBy } from "lodash-es";
import type { Region } from "./store";

export interface Order {
  id: number;
  day: string;
  region: Exclude<Region, "all">;
  amount: number;
}

const REGIONS: Order["region"][] = ["north", "south", "east", "west"];

// Deterministic sample data, so the bundle is the same on every build.
function orders(days: number): Order[] {
  const start = startOfDay(new Date(2026, 0, 1));
  const out: Order[] = [];
  let seed = 7;
  for (let d = 0; d < days; d++) {
    for (let k = 0; k < 12; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      out.push({
        id: d * 100 + k,
        day: format(addDays(start, d), "yyyy-MM-dd"),
        region: REGIONS[seed % REGIONS.length],
        amount: (seed % 50000) / 100,
      });
    }
  }
  return out;
}

export function useOrders(days: number, region: Region) {
  return useQuery({
    queryKey: ["orders", days, region],
    queryFn: async () => orders(days).filter((o) => region === "all" || o.region === region),
  });
}

export function dailyTotals(list: Order[]) {
  return Object.entries(groupBy(list, (o) => o.day)).map(([day, rows]) => ({ day, total: sumBy(rows, "amount") }));
}
