/**
 * Documents the platform prints (the recommendation form, agreements, certificates), rendered from templates that
 * plugins contribute as {@link io.jiuye.api.plugin.DocumentTemplateDefinition}s.
 *
 * <p>A template is data, not code: a plugin ships a JSON layout in its bundle ({@code resource} is its path there,
 * {@code mediaType} is {@link io.jiuye.api.document.DocumentService#LAYOUT}) and never sees the PDF library. The
 * layout is a title and a list of sections, each bound to data keys:
 *
 * <pre>{@code
 * {
 *   "format": 1,
 *   "title": {"zh": "{schoolName}毕业生就业推荐表", "en": "{schoolName} graduate recommendation form"},
 *   "sections": [
 *     {"type": "grid", "title": {"zh": "基本情况", "en": "Basic information"}, "columns": 2,
 *      "photo": {"key": "photo", "label": {"zh": "照片", "en": "Photo"}},
 *      "fields": [
 *        {"key": "name", "label": {"zh": "姓名", "en": "Name"}, "maxLength": 20, "required": true},
 *        {"key": "gender", "label": {"zh": "性别", "en": "Gender"},
 *         "options": {"M": {"zh": "男", "en": "Male"}, "F": {"zh": "女", "en": "Female"}}},
 *        {"key": "address", "label": {"zh": "联系地址", "en": "Address"}, "maxLength": 60, "wide": true}]},
 *     {"type": "lines", "title": {"zh": "个人经历", "en": "Personal history"}, "key": "history",
 *      "caption": {"zh": "起止时间 — 学习(工作)单位 — 专业(所任职务)"}, "maxLines": 4, "maxLength": 50},
 *     {"type": "paragraph", "title": {"zh": "自我推荐", "en": "Self-recommendation"}, "key": "selfRecommendation",
 *      "maxLength": 300, "height": 130},
 *     {"type": "boxes", "height": 90, "boxes": [
 *        {"title": {"zh": "学院意见", "en": "College"}, "footer": {"zh": "（盖章）    年    月    日"}}]}
 *   ]
 * }
 * }</pre>
 *
 * <ul>
 * <li>{@code grid}: label/value cells, {@code columns} fields a row ({@code wide} fields take a whole row), and an
 * optional photo box on the right spanning all rows. {@code options} maps stored codes to printed labels.</li>
 * <li>{@code lines}: at most {@code maxLines} lines of at most {@code maxLength} characters each, with an optional
 * {@code caption} row.</li>
 * <li>{@code paragraph}: free text of at most {@code maxLength} characters, wrapped in a box {@code height} points
 * high.</li>
 * <li>{@code boxes}: side-by-side boxes for opinions and stamps, with a title and a footer; no data.</li>
 * </ul>
 * Texts are {@code {"zh": …, "en": …}} ({@code en} optional); {@code {key}} in a title, caption or footer is
 * replaced by that data value. The page is A4 portrait; a section that does not fit starts a new page.
 */
@Version("0.1.0")
@Export
package io.jiuye.api.document;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
