// The target's own code, next to the SDK that generate-sdk writes into this folder.
extension Pet {
    /// Hand-written code in the folder sdkgen generates into; it must survive every run.
    public var label: String { "pet \(name)" }
}
