import HubSpokeCore

/// The runner's side of export and import: the file formats and the disk, through
/// ``DesignExchange``, with the outcome reported back to the reducer as an action.
extension AppRunner {
    func performExchange(_ effect: Effect) {
        switch effect {
        case .prepareExport(let design, let path):
            guard let exchange else {
                dispatch(.saveFailed("no Bicep writer in this build: cannot export \(path)"))
                return
            }
            dispatch(
                .exportPrepared(
                    path: path, text: exchange.bicepText(for: design), fileExists: exchange.fileExists(path: path)))
        case .readImport(let path):
            guard let exchange else {
                dispatch(.importFailed("no design reader in this build: cannot read \(path)"))
                return
            }
            do {
                dispatch(.importRead(try exchange.readDesign(path: path), path: path))
            } catch {
                dispatch(.importFailed("\(error)"))
            }
        default:
            break
        }
    }
}
