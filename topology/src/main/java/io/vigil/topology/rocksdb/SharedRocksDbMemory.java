package io.vigil.topology.rocksdb;

import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBufferManager;

/**
 * The block cache and write-buffer manager that every RocksDB store of one Vigil instance shares, so that memory is
 * bounded per instance however many stores and partitions it hosts. Owned by the app, closed after Kafka Streams.
 */
public final class SharedRocksDbMemory implements AutoCloseable {

    /** Key under which the instance reaches {@link BoundedMemoryRocksDbConfig} through the Streams configuration. */
    public static final String CONFIG_KEY = "vigil.rocksdb.shared.memory";

    private static final double HIGH_PRIORITY_POOL_RATIO = 0.1;

    static {
        RocksDB.loadLibrary();
    }

    private final Cache cache;
    private final WriteBufferManager writeBufferManager;

    public SharedRocksDbMemory(long blockCacheBytes, long writeBufferBytes) {
        if (writeBufferBytes > blockCacheBytes) {
            throw new IllegalArgumentException("write buffers (" + writeBufferBytes + " bytes) must fit in the block "
                    + "cache (" + blockCacheBytes + " bytes)");
        }
        this.cache = new LRUCache(blockCacheBytes, -1, false, HIGH_PRIORITY_POOL_RATIO);
        this.writeBufferManager = new WriteBufferManager(writeBufferBytes, cache);
    }

    Cache cache() {
        return cache;
    }

    WriteBufferManager writeBufferManager() {
        return writeBufferManager;
    }

    @Override
    public void close() {
        writeBufferManager.close();
        cache.close();
    }
}
