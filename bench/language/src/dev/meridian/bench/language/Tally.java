package dev.meridian.bench.language;

/** Outcomes of a set of detections: right, undetermined ({@code und}) or wrong. */
final class Tally {

	int right;

	int undetermined;

	int wrong;

	void add(Outcome outcome) {
		switch (outcome) {
			case RIGHT -> this.right++;
			case UNDETERMINED -> this.undetermined++;
			case WRONG -> this.wrong++;
		}
	}

	void add(Tally other) {
		this.right += other.right;
		this.undetermined += other.undetermined;
		this.wrong += other.wrong;
	}

	int total() {
		return this.right + this.undetermined + this.wrong;
	}

	double accuracy() {
		return total() == 0 ? Double.NaN : 100.0 * this.right / total();
	}

	enum Outcome {

		RIGHT, UNDETERMINED, WRONG

	}

}
