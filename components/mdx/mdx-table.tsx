import type { ComponentPropsWithoutRef } from "react";

/** Wide tables scroll on phones instead of widening the page. */
export function MdxTable(props: ComponentPropsWithoutRef<"table">) {
  return (
    <div className="overflow-x-auto">
      <table {...props} />
    </div>
  );
}
