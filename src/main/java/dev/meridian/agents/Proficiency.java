package dev.meridian.agents;

/**
 * How well an agent handles a language: CEFR levels, then native.
 */
public enum Proficiency {

	A1, A2, B1, B2, C1, C2, NATIVE;

	public boolean atLeast(Proficiency minimum) {
		return compareTo(minimum) >= 0;
	}

}
