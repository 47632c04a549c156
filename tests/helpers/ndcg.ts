/**
 * Ranking quality of a result list against graded judgements: nDCG@k (gain
 * 2^grade − 1, discount log2(rank + 1)), and whether an answer (grade 2) is
 * among the first n.
 */
export function ndcg(ranked: readonly string[], grades: Readonly<Record<string, number>>, k = 10): number {
  const gain = (grade: number) => 2 ** grade - 1;
  const dcg = ranked.slice(0, k).reduce((sum, url, index) => sum + gain(grades[url] ?? 0) / Math.log2(index + 2), 0);
  const ideal = Object.values(grades).sort((a, b) => b - a).slice(0, k).reduce((sum, grade, index) => sum + gain(grade) / Math.log2(index + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

export function answerInTop(ranked: readonly string[], grades: Readonly<Record<string, number>>, n = 5): boolean {
  return ranked.slice(0, n).some((url) => grades[url] === 2);
}
