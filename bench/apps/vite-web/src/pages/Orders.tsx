import { format, parseISO } from "date-fns";
import { orderBy } from "lodash-es";
import { useOrders } from "../api";
import { useFilters } from "../store";

export function Orders() {
  const { days, region } = useFilters();
  const { data = [], isLoading } = useOrders(days, region);
  if (isLoading) return <p>loading</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>#</th>
          <th>day</th>
          <th>region</th>
          <th>amount</th>
        </tr>
      </thead>
      <tbody>
        {orderBy(data, ["amount"], ["desc"])
          .slice(0, 50)
          .map((o) => (
            <tr key={o.id}>
              <td>{o.id}</td>
              <td>{format(parseISO(o.day), "EEE d MMM")}</td>
              <td>{o.region}</td>
              <td>{o.amount.toFixed(2)}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
