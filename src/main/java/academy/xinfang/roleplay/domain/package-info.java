/**
 * Role-play core: scenarios of a simulated visitor read from YAML, their validation, stepping a session through a
 * scenario and scoring it on the seven qualities and the six taboos. Plain Java, no container API.
 */
package academy.xinfang.roleplay.domain;
