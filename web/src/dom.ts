/** Creates an element with a class and text. Text always goes through textContent, never HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string | number | null,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** A table row of header cells. */
export function headRow(...labels: string[]): HTMLTableRowElement {
  const tr = el('tr');
  tr.append(...labels.map((l) => el('th', '', l)));
  return tr;
}
