/// Heap storage for a property of a struct that contains itself, such as `parent: Node?`.
///
/// Generated code stores such a property in an `Indirect` (`_parent`) behind a computed property
/// (a property wrapper would keep the struct from being `nonisolated`).
@propertyWrapper
public struct Indirect<Value: Sendable>: Sendable {
    final class Storage: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private var storage: Storage

    public init(wrappedValue: Value) {
        storage = Storage(wrappedValue)
    }

    public var wrappedValue: Value {
        get { storage.value }
        set { storage = Storage(newValue) }
    }
}

extension Indirect: Equatable where Value: Equatable {
    public static func == (lhs: Indirect, rhs: Indirect) -> Bool { lhs.wrappedValue == rhs.wrappedValue }
}

extension Indirect: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(wrappedValue) }
}

