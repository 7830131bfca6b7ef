package dev.meridian.knowledge.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two texts, line by line (longest common subsequence): enough for a
 * translator to see which paragraphs of the source moved on since they translated it.
 */
public final class LineDiff {

	/** Lines beyond this are compared as one block, to keep the table small. */
	static final int MAX_LINES = 2_000;

	public enum Kind {

		SAME, REMOVED, ADDED

	}

	public record Line(Kind kind, String text) {
	}

	private LineDiff() {
	}

	public static List<Line> of(String before, String after) {
		String[] a = lines(before);
		String[] b = lines(after);
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Line> diff = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				diff.add(new Line(Kind.SAME, a[i]));
				i++;
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				diff.add(new Line(Kind.REMOVED, a[i++]));
			}
			else {
				diff.add(new Line(Kind.ADDED, b[j++]));
			}
		}
		while (i < a.length) {
			diff.add(new Line(Kind.REMOVED, a[i++]));
		}
		while (j < b.length) {
			diff.add(new Line(Kind.ADDED, b[j++]));
		}
		return diff;
	}

	private static String[] lines(String text) {
		String[] lines = text.split("\r?\n", -1);
		if (lines.length <= MAX_LINES) {
			return lines;
		}
		String[] capped = new String[MAX_LINES];
		System.arraycopy(lines, 0, capped, 0, MAX_LINES - 1);
		capped[MAX_LINES - 1] = String.join("\n", java.util.Arrays.copyOfRange(lines, MAX_LINES - 1, lines.length));
		return capped;
	}

}
