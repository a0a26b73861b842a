/**
 * Authoring: trainers turn speeches into draft modules, edit them with a live preview, publish new module versions,
 * and compare versions. Conversion rules live in {@code domain} and run without a container.
 */
package academy.xinfang.authoring;
