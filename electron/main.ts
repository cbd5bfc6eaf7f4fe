/**
 * Electron main process: window, menu and lifecycle only. The API lives in
 * `api/` (no electron import) and is reached through the typed preload bridge.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type WebContents } from 'electron';
import { AppError } from '../core/errors';
import { closeStore, openStore, type Store } from '../db/open';
import { CHANNELS } from './api/contract';
import type { ApiContext } from './api/context';
import { dispatch } from './api/dispatch';
import { openWithDefaultApp } from './openFile';
import { resolveDbPath } from './paths';
import { startReminders } from './reminders';
import { APP_USER_MODEL_ID, isOwnPage, rendererDevUrl, safeExternalUrl, type OwnPages } from './security';
import { CONTENT_SECURITY_POLICY } from './server';

const rendererIndex = path.join(import.meta.dirname, '../renderer/index.html');
const ownPages: OwnPages = {
  devUrl: rendererDevUrl(app.isPackaged, process.env.ELECTRON_RENDERER_URL),
  rendererFileUrl: pathToFileURL(rendererIndex).href,
};

let store: Store | null = null;
let stopReminders: (() => void) | null = null;

function openExternal(url: string): void {
  const target = safeExternalUrl(url);
  if (target) void shell.openExternal(target);
}

function harden(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url, ownPages)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
}

function migrationsFolder(): string {
  return app.isPackaged
    ? path.join(process.resourcesPath, 'migrations')
    : path.join(app.getAppPath(), 'db', 'migrations');
}

function apiContext(openedStore: Store): ApiContext {
  return { store: openedStore, runtime: 'electron', version: app.getVersion(), openWithDefaultApp };
}

function registerApi(openedStore: Store): void {
  const context = apiContext(openedStore);
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isOwnPage(event.senderFrame?.url, ownPages)) {
        return {
          ok: false,
          error: { code: 'INVALID_INPUT', message: 'Yêu cầu không đến từ giao diện của Plan Desk.' },
        };
      }
      return dispatch(context, channel, input);
    });
  }
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Plan Desk',
    backgroundColor: '#f5f5f5',
    webPreferences: {
      preload: path.join(import.meta.dirname, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  if (ownPages.devUrl) void window.loadURL(ownPages.devUrl);
  else void window.loadFile(rendererIndex);
}

function buildMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      { label: 'Tệp', submenu: [{ role: 'quit', label: 'Thoát' }] },
      {
        label: 'Sửa',
        submenu: [
          { role: 'undo', label: 'Hoàn tác' },
          { role: 'redo', label: 'Làm lại' },
          { type: 'separator' },
          { role: 'cut', label: 'Cắt' },
          { role: 'copy', label: 'Sao chép' },
          { role: 'paste', label: 'Dán' },
          { role: 'selectAll', label: 'Chọn tất cả' },
        ],
      },
      {
        label: 'Xem',
        submenu: [
          { role: 'reload', label: 'Tải lại' },
          { role: 'zoomIn', label: 'Phóng to' },
          { role: 'zoomOut', label: 'Thu nhỏ' },
          { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
          { role: 'togglefullscreen', label: 'Toàn màn hình' },
        ],
      },
    ]),
  );
}

// Windows shows the reminders' notifications only for an id it finds on a Start-menu shortcut: the installer's, or,
// run from source, electron.exe's own. Set before whenReady, as Electron asks.
if (process.platform === 'win32') app.setAppUserModelId(app.isPackaged ? APP_USER_MODEL_ID : process.execPath);

if (!app.requestSingleInstanceLock()) {
  // A second copy would be a second writer to the same database.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => harden(contents));

  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
      });
    });
    try {
      store = openStore({
        path: resolveDbPath(process.argv, app.getPath('userData')),
        migrationsFolder: migrationsFolder(),
      });
    } catch (error) {
      const message = error instanceof AppError ? error.message : String(error);
      dialog.showErrorBox('Plan Desk không mở được dữ liệu', message);
      app.exit(1);
      return;
    }
    registerApi(store);
    buildMenu();
    createWindow();
    stopReminders = startReminders(apiContext(store));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    stopReminders?.();
    if (store) closeStore(store);
  });
}
