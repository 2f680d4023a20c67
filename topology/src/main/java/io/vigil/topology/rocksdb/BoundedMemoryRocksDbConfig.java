package io.vigil.topology.rocksdb;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;

/**
 * Points every store at the instance's {@link SharedRocksDbMemory}: data, index and filter blocks live in the shared
 * cache and memtables are charged to it, as Kafka's "RocksDB memory management" guide describes. The shared objects
 * arrive through the Streams configuration rather than a static field, so two instances in one JVM (tests) keep
 * separate budgets.
 */
public final class BoundedMemoryRocksDbConfig implements RocksDBConfigSetter {

    private static final long BLOCK_SIZE_BYTES = 16 * 1024;
    private static final int MAX_WRITE_BUFFERS = 3;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        Object shared = configs.get(SharedRocksDbMemory.CONFIG_KEY);
        if (!(shared instanceof SharedRocksDbMemory memory)) {
            throw new ConfigException(SharedRocksDbMemory.CONFIG_KEY, shared, "must be a SharedRocksDbMemory instance");
        }
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(memory.cache());
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        table.setBlockSize(BLOCK_SIZE_BYTES);
        options.setWriteBufferManager(memory.writeBufferManager());
        options.setMaxWriteBufferNumber(MAX_WRITE_BUFFERS);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and write-buffer manager are shared by every store: SharedRocksDbMemory closes them once.
    }
}
