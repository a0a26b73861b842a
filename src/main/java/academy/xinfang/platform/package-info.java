/**
 * What every feature stands on: the datasource and schema migrations, security configuration, health checks,
 * locale and resource bundles, error pages. It depends on no feature (the build checks it: {@code ArchitectureTest}).
 */
package academy.xinfang.platform;
