package io.jiuye.core.internal.persistence;

/**
 * The core's name for {@link io.jiuye.core.module.Transactions}; the one service is registered under both.
 */
public interface Transactions extends io.jiuye.core.module.Transactions {
}
