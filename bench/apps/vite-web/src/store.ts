import { create } from "zustand";

export type Region = "all" | "north" | "south" | "east" | "west";

interface Filters {
  region: Region;
  days: number;
  setRegion: (r: Region) => void;
  setDays: (d: number) => void;
}

export const useFilters = create<Filters>((set) => ({
  region: "all",
  days: 30,
  setRegion: (region) => set({ region }),
  setDays: (days) => set({ days }),
}));
