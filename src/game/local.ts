// boardgame.io's Local() transport, minus one leak. In boardgame.io 0.50.2 the master filters the
// state it sends each seat through playerView, but a sync also carries `initialState`, the state
// right after setup, unfiltered (boardgameio/boardgame.io#1159). For Qantar that is every starting
// hand, the draw pile in order and the generator: all of R11's secrets. This wrapper passes each
// sync's initial state through the same per-seat filter before the client sees it.
import { getFilterPlayerView } from 'boardgame.io/internal';
import { Local } from 'boardgame.io/multiplayer';

type LocalFactory = ReturnType<typeof Local>;
type TransportOpts = Parameters<LocalFactory>[0];
type TransportData = Parameters<TransportOpts['transportDataCallback']>[0];

/** Local() whose syncs carry each seat's view of the initial state instead of the full one. */
export function localWithoutSecrets(options?: Parameters<typeof Local>[0]): LocalFactory {
  const local = Local(options);
  return (opts) => {
    const filter = getFilterPlayerView(opts.game);
    // The transport knows its current seat (it may change with updatePlayerID); read it when data arrives.
    let seatOf: () => string | null = () => opts.playerID ?? null;
    const strip = (data: TransportData): TransportData => {
      if (data.type !== 'sync') return data;
      const [matchID, info] = data.args;
      const initial = filter(seatOf(), { type: 'sync', args: [matchID, { ...info, state: info.initialState }] });
      if (initial.type !== 'sync') return data;
      return { type: 'sync', args: [matchID, { ...info, initialState: initial.args[1].state }] };
    };
    const transport = local({ ...opts, transportDataCallback: (data) => opts.transportDataCallback(strip(data)) });
    const withSeat = transport as unknown as { playerID: string | null };
    seatOf = () => withSeat.playerID;
    return transport;
  };
}
