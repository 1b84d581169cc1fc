/**
 * `work` remembered by its argument, for what recurs within and across reports (words, names, a
 * figure's words). Arbitrary input could otherwise fill the memo: it is emptied when it holds `max`.
 *
 * @example const termOf = memo(normaliseTerm, 50_000); termOf('Ségou') === 'segou'
 */
export function memo<K, V>(work: (key: K) => V, max: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let answer = known.get(key);
    if (answer === undefined) {
      answer = work(key);
      if (known.size >= max) known.clear();
      known.set(key, answer);
    }
    return answer;
  };
}
