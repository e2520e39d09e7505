/** One term and its value in a `<dl className="facts">`. */
export function Fact({ term, value }: { term: string; value: string | number }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}
