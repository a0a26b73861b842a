/**
 * Role-play core: scenarios of a simulated visitor read from YAML, their validation, stepping a session through a
 * scenario and scoring it on the seven qualities and the six taboos, all plain Java with no container API; and the
 * JPA entities that keep imported scenario versions and officers' play sessions with their turn logs.
 */
package academy.xinfang.roleplay.domain;
