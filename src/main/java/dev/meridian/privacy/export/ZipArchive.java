package dev.meridian.privacy.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.meridian.privacy.ExportArchive;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Collects the holders' sections and files, then writes the ZIP: one JSON file per
 * section, {@code export.json} with all of them, the files under {@code files/}, and
 * {@code summary.html}.
 */
final class ZipArchive implements ExportArchive {

	private final JsonMapper json;

	private final Map<String, List<Object>> sections = new LinkedHashMap<>();

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	ZipArchive(JsonMapper json) {
		this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
	}

	@Override
	public void section(String section, List<?> items) {
		this.sections.computeIfAbsent(section, key -> new ArrayList<>()).addAll(items);
	}

	@Override
	public void file(String path, byte[] content) {
		String safe = path.replace("\\", "/").replaceAll("(^|/)\\.\\.(?=/|$)", "$1_").replaceAll("^/+", "");
		this.files.put("files/" + safe, content);
	}

	/** The sections as JSON trees, for the summary. */
	Map<String, JsonNode> trees() {
		Map<String, JsonNode> trees = new LinkedHashMap<>();
		this.sections.forEach((name, items) -> trees.put(name, this.json.valueToTree(items)));
		return trees;
	}

	List<String> fileNames() {
		return List.copyOf(this.files.keySet());
	}

	byte[] zip(String summaryHtml) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			Map<String, JsonNode> trees = trees();
			put(zip, "export.json", this.json.writeValueAsBytes(trees));
			for (var section : trees.entrySet()) {
				put(zip, section.getKey() + ".json", this.json.writeValueAsBytes(section.getValue()));
			}
			for (var file : this.files.entrySet()) {
				put(zip, file.getKey(), file.getValue());
			}
			put(zip, "summary.html", summaryHtml.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

}
