package io.vigil.connectors.sns;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/** Does what a Connect worker does with a source task: polls it and reports each record written. */
final class TaskPump implements AutoCloseable {

    private final SourceTask task;
    private final List<SourceRecord> written = new CopyOnWriteArrayList<>();
    private final Thread thread;

    private TaskPump(SourceTask task) {
        this.task = task;
        this.thread = new Thread(this::run, "task-pump");
        thread.setDaemon(true);
    }

    static TaskPump start(SourceTask task) {
        TaskPump pump = new TaskPump(task);
        pump.thread.start();
        return pump;
    }

    /** The records written so far, in order. */
    List<SourceRecord> written() {
        return List.copyOf(written);
    }

    void clear() {
        written.clear();
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                List<SourceRecord> records = task.poll();
                for (SourceRecord record : records == null ? List.<SourceRecord>of() : records) {
                    written.add(record);
                    task.commitRecord(record, new RecordMetadata(new TopicPartition(record.topic(), 0), 0, 0, 0, 0, 0));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }
}
