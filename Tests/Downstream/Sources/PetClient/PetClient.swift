// SwiftPM needs one source file in a target before its plugins run; the client itself is generated.
extension Pet {
    /// Hand-written code sits next to generated code in the same module.
    public var shout: String { name.uppercased() }
}
