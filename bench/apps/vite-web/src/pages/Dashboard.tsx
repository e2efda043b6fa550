import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { countBy } from "lodash-es";
import { dailyTotals, useOrders } from "../api";
import { useFilters, type Region } from "../store";

export function Dashboard() {
  const { days, region, setDays, setRegion } = useFilters();
  const { data = [] } = useOrders(days, region);
  const totals = dailyTotals(data);
  const perRegion = Object.entries(countBy(data, "region")).map(([name, count]) => ({ name, count }));
  return (
    <section>
      <h1>Revenue, last {days} days</h1>
      <select value={region} onChange={(e) => setRegion(e.target.value as Region)}>
        {["all", "north", "south", "east", "west"].map((r) => (
          <option key={r}>{r}</option>
        ))}
      </select>
      <input type="range" min={7} max={90} value={days} onChange={(e) => setDays(Number(e.target.value))} />
      <AreaChart width={720} height={280} data={totals}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="day" />
        <YAxis />
        <Tooltip />
        <Area type="monotone" dataKey="total" />
      </AreaChart>
      <BarChart width={480} height={240} data={perRegion}>
        <XAxis dataKey="name" />
        <YAxis />
        <Legend />
        <Bar dataKey="count" />
      </BarChart>
    </section>
  );
}
