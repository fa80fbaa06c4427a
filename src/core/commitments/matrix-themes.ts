/**
 * A matrix of commitments may group its rows under theme rows that span the table ("Axe 1 : Transparence
 * budgétaire" across every column, then rows 1 to 3). Only a line that names itself a theme is taken, and only
 * just above a row: the cells of the row before are running text of every kind.
 */

/** How many lines above a row its theme row may be: a repeated header row may stand between. */
const REACH = 4;

/**
 * The theme of each row, carried on to the rows after it until the next theme row; null before the first.
 * `rows` are the rows' first lines in order; `skip` says which lines are blank or page furniture.
 */
export function matrixThemes(
  rows: readonly number[],
  text: (line: number) => string,
  skip: (line: number) => boolean,
  namesTheme: (line: string) => boolean,
): Array<string | null> {
  let theme: string | null = null;
  return rows.map((row, k) => {
    const floor = k > 0 ? (rows[k - 1] as number) : -1;
    let seen = 0;
    for (let j = row - 1; j > floor && seen < REACH; j--) {
      if (skip(j)) continue;
      seen++;
      if (namesTheme(text(j))) {
        theme = text(j);
        break;
      }
    }
    return theme;
  });
}
