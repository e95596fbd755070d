/**
 * Flow definitions: the data a plugin gives and the review engine interprets, built with the records' builders
 * ({@code FlowDefinition.builder()}, {@code StepDefinition.builder(..)}, {@code FieldDefinition.builder(..)}), and the
 * {@link io.jiuye.api.flow.FactProvider} rule classes that set trusted facts. 0.2.0: milestones, transitions,
 * several timers per step, limit scopes, fail-closed flows, step values, field visibility and prefill.
 */
@Version("0.2.0")
@Export
package io.jiuye.api.flow;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
