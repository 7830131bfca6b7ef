package dev.meridian.language.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.github.pemistahl.lingua.api.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads language models on one low-priority background thread, each set of languages once
 * at a time, so that no request waits for a model: a text whose models are missing is
 * judged with what is loaded, and asks for the rest here. A flood of texts in new
 * languages queues a bounded number of loads and drops the others (a later text asks
 * again).
 */
final class BackgroundModelLoads {

	private static final Logger log = LoggerFactory.getLogger(BackgroundModelLoads.class);

	private static final int MAX_QUEUED = 32;

	private final Set<Set<Language>> pending = ConcurrentHashMap.newKeySet();

	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
			new LinkedBlockingQueue<>(MAX_QUEUED), task -> {
				Thread thread = new Thread(task, "lingua-models");
				thread.setDaemon(true);
				thread.setPriority(Thread.MIN_PRIORITY);
				return thread;
			}, new ThreadPoolExecutor.AbortPolicy());

	void load(Set<Language> languages, Runnable loading) {
		Set<Language> key = EnumSet.copyOf(languages);
		if (!this.pending.add(key)) {
			return;
		}
		Runnable task = () -> {
			try {
				loading.run();
			}
			catch (RuntimeException ex) {
				log.warn("Language detection: loading the models of {} failed", key, ex);
			}
			finally {
				this.pending.remove(key);
			}
		};
		try {
			this.executor.execute(task);
		}
		catch (RejectedExecutionException ex) {
			// The queue is full: a later text in these languages asks again.
			this.pending.remove(key);
		}
	}

}
