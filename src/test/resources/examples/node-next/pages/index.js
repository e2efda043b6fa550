export default function Home() { return <p>next</p>; }
