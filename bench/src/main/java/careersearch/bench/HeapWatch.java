package careersearch.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap high-water marks: the largest heap in use right after a collection (the live set, what a
 * smaller -Xmx would have to hold) and the sum of the heap pools' peaks (what the JVM actually
 * used, garbage included, which grows towards -Xmx under any load).
 */
final class HeapWatch {
  private final AtomicLong maxAfterGc = new AtomicLong();
  private final AtomicLong gcCount = new AtomicLong();
  private final AtomicLong gcMillis = new AtomicLong();

  HeapWatch() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (notification, handback) -> {
              if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  notification.getType())) {
                return;
              }
              GarbageCollectionNotificationInfo info =
                  GarbageCollectionNotificationInfo.from(
                      (CompositeData) notification.getUserData());
              long used = 0;
              for (var entry : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (isHeap(entry.getKey())) {
                  used += entry.getValue().getUsed();
                }
              }
              maxAfterGc.accumulateAndGet(used, Math::max);
              gcCount.incrementAndGet();
              gcMillis.addAndGet(info.getGcInfo().getDuration());
            },
            null,
            null);
      }
    }
  }

  private static boolean isHeap(String poolName) {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().equals(poolName)) {
        return pool.getType() == MemoryType.HEAP;
      }
    }
    return false;
  }

  long maxLiveAfterGc() {
    return maxAfterGc.get();
  }

  long poolPeaks() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        MemoryUsage peak = pool.getPeakUsage();
        sum += peak == null ? 0 : peak.getUsed();
      }
    }
    return sum;
  }

  long maxHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }

  long gcCount() {
    return gcCount.get();
  }

  long gcMillis() {
    return gcMillis.get();
  }

  static String mb(long bytes) {
    return String.format("%,.0f MB", bytes / 1e6);
  }
}
