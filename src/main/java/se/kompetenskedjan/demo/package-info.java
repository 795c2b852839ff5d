/**
 * The fictitious demo region: in the {@code demo} profile, loads a made-up collaboration (a host organisation,
 * three invented municipalities, the Public Employment Service, the Social Insurance Agency, adult education, a
 * private care company and a civil-society association) with units, staff accounts, participants, consents and
 * supervisions, once, into an empty database. No real people or organisations. Then it runs the modules' parts of the
 * demo ({@link se.kompetenskedjan.shared.DemoData}) in the order {@code DemoRegion.PARTS} states; the parts that have
 * moved here (language and work-ability assessments) use the other modules' public facades only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo region",
        allowedDependencies = {"identity", "participants", "language", "workability", "shared"})
package se.kompetenskedjan.demo;
