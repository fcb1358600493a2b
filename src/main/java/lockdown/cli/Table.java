package lockdown.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain text table with columns sized to their content, long cells cut with an ellipsis. */
final class Table {

    private final List<String[]> rows = new ArrayList<>();
    private final int maxCell;

    Table(int maxCell, String... header) {
        this.maxCell = maxCell;
        rows.add(header);
    }

    void add(String... cells) {
        rows.add(cells);
    }

    String render() {
        int cols = rows.getFirst().length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], cut(r[c]).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                String cell = cut(r[c]);
                line.append(cell);
                if (c < cols - 1) {
                    line.append(" ".repeat(width[c] - cell.length() + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private String cut(String s) {
        String t = s == null ? "" : s.replace('\n', ' ');
        return t.length() > maxCell ? t.substring(0, maxCell - 1) + "…" : t;
    }
}
