/**
 * The plain-Java core of authoring. Speech to module: {@link academy.xinfang.authoring.domain.SpeechFile} reads an
 * upload (.txt/.md in UTF-8 or GB18030, .docx), {@link academy.xinfang.authoring.domain.SpeechConverter} cleans the
 * text, detects its outline and writes draft module files with suggested tags. Expected failures are
 * {@link academy.xinfang.authoring.domain.SpeechFileException}s carrying bundle keys; nothing here touches the
 * container except the draft entity's JPA mapping.
 */
package academy.xinfang.authoring.domain;
