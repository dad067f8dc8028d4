public import ArgumentParser
public import FeedModel

/// `--profile NAME`: a name that is not a profile's is a usage error (exit 64) listing the names.
extension PartnerProfileName: ExpressibleByArgument {}
