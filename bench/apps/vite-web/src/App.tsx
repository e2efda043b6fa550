import { Link, Route, Routes } from "react-router-dom";
import { Dashboard } from "./pages/Dashboard";
import { Orders } from "./pages/Orders";
import { useFilters } from "./store";

export function App() {
  const region = useFilters((s) => s.region);
  return (
    <div className="app">
      <nav>
        <Link to="/">Dashboard</Link> | <Link to="/orders">Orders</Link> <span>region: {region}</span>
      </nav>
      <Routes>
        <Route path="/" element={<Dashboard />} />
        <Route path="/orders" element={<Orders />} />
      </Routes>
    </div>
  );
}
