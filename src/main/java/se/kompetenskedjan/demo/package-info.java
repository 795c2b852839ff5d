/**
 * The fictitious demo region: in the {@code demo} profile, loads a made-up collaboration (a host organisation,
 * three invented municipalities, the Public Employment Service, the Social Insurance Agency, adult education, a
 * private care company and a civil-society association) with units, staff accounts, participants, consents and
 * supervisions, once, into an empty database. No real people or organisations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo region",
        allowedDependencies = {"identity", "participants", "shared"})
package se.kompetenskedjan.demo;
