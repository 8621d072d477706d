package org.symqa.spark;

import org.apache.spark.Partitioner;

/**
 * Cuts input positions 0..count-1 into {@code partitions} runs of consecutive positions of near equal size, so that
 * partition i holds positions before partition i+1's: sorted within partitions, the output is in input order
 * whatever the partitioning of the input was.
 */
final class PositionPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;
    private final long count;

    PositionPartitioner(int partitions, long count) {
        if (partitions < 1 || count < 0) {
            throw new IllegalArgumentException("partitions " + partitions + ", count " + count);
        }
        this.partitions = partitions;
        this.count = Math.max(count, 1);
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        long position = (Long) key;
        if (position < 0 || position >= count) {
            throw new IllegalArgumentException("position " + position + " outside 0.." + (count - 1));
        }
        return (int) (position * partitions / count);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PositionPartitioner p && p.partitions == partitions && p.count == count;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(count) * 31 + partitions;
    }
}
