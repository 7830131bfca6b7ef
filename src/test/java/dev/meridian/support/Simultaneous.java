package dev.meridian.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends the same request from several clients at the same moment, the way retrying
 * integrations and double clicks do, and collects what each got.
 */
public final class Simultaneous {

	private Simultaneous() {
	}

	public static <T> List<T> calls(int callers, Callable<T> call) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Future<T>> results = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> answers = new ArrayList<>();
			for (Future<T> result : results) {
				answers.add(result.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
