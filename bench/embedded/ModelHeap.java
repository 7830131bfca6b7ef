// Heap taken by the language models, Lingua's own maps or CompactModels (issue 11), outside the
// server. Run after bin/build-aot-cache.sh (its target/aot/ holds the jar and its libraries):
//   java -Xmx2g -cp "target/aot/meridian-0.1.0-SNAPSHOT.jar:target/aot/lib/*" bench/embedded/ModelHeap.java lingua
//   java -Xmx2g -cp "target/aot/meridian-0.1.0-SNAPSHOT.jar:target/aot/lib/*" bench/embedded/ModelHeap.java compact
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.github.pemistahl.lingua.api.IsoCode639_1;
import java.lang.reflect.Method;
import java.util.*;

public class ModelHeap {
  public static void main(String[] args) throws Exception {
    Set<Language> configured = EnumSet.noneOf(Language.class);
    for (String code : "en,de,fr,es,pt,it,nl,sv,pl,ru,tr,ar,he,ja,zh,ko,hi,id,vi,th,tl,hu".split(","))
      configured.add(Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase())));
    long before = used();
    long started = System.nanoTime();
    if (args[0].equals("lingua")) {
      LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().withPreloadedLanguageModels().build();
      long tri = used();
      System.out.printf("lingua maps: trigrams of 75 languages %d MB%n", (tri - before) >> 20);
      LanguageDetectorBuilder.fromLanguages(configured.toArray(Language[]::new)).withPreloadedLanguageModels().build();
    } else {
      Class<?> c = Class.forName("dev.meridian.language.internal.CompactModels");
      Method install = c.getDeclaredMethod("install", Collection.class, List.class);
      install.setAccessible(true);
      install.invoke(null, Language.Companion.all(), List.of(3));
      long tri = used();
      System.out.printf("compact: trigrams of 75 languages %d MB%n", (tri - before) >> 20);
      install.invoke(null, configured, List.of(1, 2, 4, 5));
    }
    long after = used();
    System.out.printf("%s: trigrams of 75 + full models of the 22 configured languages: %d MB of heap after a full GC, loaded in %d ms (wall clock)%n",
        args[0], (after - before) >> 20, (System.nanoTime() - started) / 1_000_000);
  }
  static long used() {
    for (int i = 0; i < 3; i++) System.gc();
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
