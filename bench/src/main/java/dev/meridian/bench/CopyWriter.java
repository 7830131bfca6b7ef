package dev.meridian.bench;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.copy.CopyIn;

/** Streams rows to a COPY ... FROM STDIN in PostgreSQL's text format, in chunks. */
final class CopyWriter {

	private static final int FLUSH_CHARS = 1 << 20;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);

	private long rows;

	CopyWriter(CopyIn copy) {
		this.copy = copy;
	}

	/** One row; values are written with toString(), null as NULL, Lists as text[] literals. */
	void row(Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				buffer.append('\t');
			}
			appendValue(values[i]);
		}
		buffer.append('\n');
		rows++;
		if (buffer.length() >= FLUSH_CHARS) {
			flush();
		}
	}

	/** Ends the COPY and returns how many rows it wrote. */
	long finish() throws SQLException {
		flush();
		copy.endCopy();
		return rows;
	}

	private void appendValue(Object value) {
		if (value == null) {
			buffer.append("\\N");
		}
		else if (value instanceof List<?> list) {
			StringBuilder array = new StringBuilder("{");
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					array.append(',');
				}
				array.append('"')
					.append(list.get(i).toString().replace("\\", "\\\\").replace("\"", "\\\""))
					.append('"');
			}
			appendText(array.append('}').toString());
		}
		else {
			appendText(value.toString());
		}
	}

	private void appendText(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> buffer.append("\\\\");
				case '\t' -> buffer.append("\\t");
				case '\n' -> buffer.append("\\n");
				case '\r' -> buffer.append("\\r");
				default -> buffer.append(c);
			}
		}
	}

	private void flush() throws SQLException {
		if (buffer.length() > 0) {
			byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			buffer.setLength(0);
		}
	}

}
